/** The sidebar's host element: a stable selector for tests and users' automation. */
export const SIDEBAR_HOST_NAME = 'policy-lens-sidebar';
export const SIDEBAR_HOST_TAG = SIDEBAR_HOST_NAME.toUpperCase();
