/** The name this device reports with each check-in ("door 2"): set once, kept on the device. */
const KEY = 'plenary.checkin.device';

export const DEVICE_NAME_MAX = 60;

export const savedDeviceName = (): string | undefined => {
  try {
    return localStorage.getItem(KEY)?.trim() || undefined;
  } catch {
    return undefined;
  }
};

export const saveDeviceName = (name: string): void => localStorage.setItem(KEY, name.trim().slice(0, DEVICE_NAME_MAX));
