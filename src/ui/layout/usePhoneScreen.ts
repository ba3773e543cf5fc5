import { useEffect, useState } from 'react';
import { isPhoneScreen, PHONE_QUERY } from './screen.ts';

/** Whether the window is phone-sized, following the window as it is resized or turned. */
export function usePhoneScreen(): boolean {
  const [phone, setPhone] = useState(isPhoneScreen);
  useEffect(() => {
    const query = window.matchMedia?.(PHONE_QUERY);
    if (!query) return;
    const onChange = () => setPhone(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return phone;
}
