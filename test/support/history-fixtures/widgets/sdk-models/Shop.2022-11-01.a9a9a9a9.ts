// synthetic SDK models for the history tests (not SaaSus's)
export interface ModelError {
    'type': string;
    'message': string;
}
export interface Widget {
    'id': string;
    'name': string;
    'code'?: string;
}
