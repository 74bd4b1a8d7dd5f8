import { isKiosk, KIOSK_IDLE_SECONDS, KIOSK_MINUTES, setKiosk } from '$lib/server/tracking';
import type { Actions, PageServerLoad } from './$types';

/**
 * Kiosk mode for a device shared at a reception point (a commune office's tablet, a village
 * cultural house's computer): set on the device by whoever runs the point, kept for a year. It
 * only makes the device forget people sooner, so anyone may switch it on or off.
 */
export const load: PageServerLoad = async ({ cookies }) => ({
  kiosk: isKiosk(cookies),
  minutes: KIOSK_MINUTES,
  idleSeconds: KIOSK_IDLE_SECONDS,
});

export const actions: Actions = {
  on: async ({ cookies, url }) => {
    setKiosk(cookies, true, url.protocol === 'https:');
    return { changed: true };
  },
  off: async ({ cookies, url }) => {
    setKiosk(cookies, false, url.protocol === 'https:');
    return { changed: true };
  },
};
