// docs/ordering.md shows this file; test/readme.test.ts keeps the two in step, and the store tests
// (test/*.store.test.ts) run it.
import { getOperation, isOperation, type SaasusEvent } from 'saasus-eventbridge';

/** The part of a tenant that create_tenant and update_tenant both carry in full. */
export interface TenantState {
  name: string;
  attributes: Record<string, unknown>;
  back_office_staff_email: string;
}

/** What an event does to a tenant: sets its whole state, or deletes it (`state: null`). */
export interface TenantChange {
  tenantId: string;
  state: TenantState | null;
}

export function tenantChange(event: SaasusEvent): TenantChange | undefined {
  if (isOperation(event, 'auth.CreateTenant')) {
    const { id, name, attributes, back_office_staff_email } = event.detail.event.response_body;
    return { tenantId: id, state: { name, attributes, back_office_staff_email } };
  }
  if (isOperation(event, 'auth.UpdateTenant')) {
    const body = event.detail.event.request_body;
    if (body === undefined) return undefined;
    const { name, attributes, back_office_staff_email } = body;
    return { tenantId: getOperation(event).pathParams.tenant_id, state: { name, attributes, back_office_staff_email } };
  }
  if (isOperation(event, 'auth.DeleteTenant')) {
    return { tenantId: getOperation(event).pathParams.tenant_id, state: null };
  }
  return undefined; // not about a tenant's state (or the apigateway API's update_tenant)
}
