export { createTestEvent } from './create-test-event.js';
export type { RawSaasusEvent, TestEventOptions, TestEventOverrides, TestEventOverridesFor } from './create-test-event.js';
