// The worker script exports nothing: importing it registers the protocol in the worker scope.
export {};
