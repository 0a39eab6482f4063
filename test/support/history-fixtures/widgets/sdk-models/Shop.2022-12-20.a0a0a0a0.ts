// synthetic SDK models for the history tests (not SaaSus's): superseded the same day
export interface Gadget {
    'id': string;
}
export interface ModelError {
    'type': string;
    'message': string;
}
export interface Widget {
    'id': string;
    'name': string;
    'code': string;
    'email': string;
    'phone'?: string;
}
