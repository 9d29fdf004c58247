/** Every key the site writes starts with this, so its data can be found (and exported) as a whole. */
export const KEY_PREFIX = 'callback:';
