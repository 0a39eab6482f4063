export { createTestEvent } from './create-test-event.js';
export type {
  RawSaasusEvent,
  SharedEventType,
  TestEventCommonOverrides,
  TestEventOptions,
  TestEventOverrides,
  TestEventOverridesFor,
} from './create-test-event.js';
