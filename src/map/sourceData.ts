/** The property that carries a feature's key through MapLibre, which drops string ids. */
export const FEATURE_KEY = '__key';
