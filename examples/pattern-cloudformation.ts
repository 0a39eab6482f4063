// docs/cli.md shows this file down to the stand-ins; test/readme.test.ts keeps the two in step.
import { saasusEventPattern } from 'saasus-eventbridge';

// An AWS::Events::Rule on the SaaSus partner event bus that sends tenant events to a queue.
const tenantEventsRule = {
  Type: 'AWS::Events::Rule',
  Properties: {
    EventBusName: saasusEventBusName,
    EventPattern: saasusEventPattern({ eventTypes: ['create_tenant', 'update_tenant', 'delete_tenant'] }),
    Targets: [{ Id: 'tenant-events', Arn: tenantQueueArn }],
  },
};

// Stand-ins for the reader's own code.
declare const saasusEventBusName: string;
declare const tenantQueueArn: string;
export { tenantEventsRule };
