// The dashboard reads the edge API from the browser: on the server the app worker cannot
// reach the API's paths (the API worker sits in front of it), so these pages render client-side.
export const ssr = false;
