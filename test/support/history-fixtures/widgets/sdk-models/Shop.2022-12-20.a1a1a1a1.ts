// synthetic SDK models for the history tests (not SaaSus's)
export interface ModelError {
    'type': string;
    'message': string;
}
export interface Order {
    'id': string;
    'widget_ids': Array<string>;
    'meta': { [key: string]: any; };
}
export interface OrderAllOf {
    'id': string;
}
export interface OrderProps {
    'widget_ids': Array<string>;
    'meta': { [key: string]: any; };
}
export const Status = {
    Open: 'open',
    Closed: 'closed'
} as const;
export type Status = typeof Status[keyof typeof Status];
export interface Widget {
    'id': string;
    'name': string;
    'code': string;
    'email': string;
    'phone'?: string;
    'color': WidgetColorEnum;
    'parts': Array<WidgetPartsInner>;
    'size'?: WidgetSize;
    'status': Status;
}
export const WidgetColorEnum = {
    Red: 'red',
    Blue: 'blue'
} as const;
export type WidgetColorEnum = typeof WidgetColorEnum[keyof typeof WidgetColorEnum];
export interface WidgetPartsInner {
    'sku': string;
    'count'?: number;
}
export interface WidgetSize {
    'width': number;
}
