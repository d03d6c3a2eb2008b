import { z } from 'zod';
import { defineSettings, optional } from '../../config/settings.js';

/** PUBLIC_URL: where people's browsers reach the app (the dashboard's sign-in links start with it). */
export const dashboardSettings = defineSettings(
  'dashboard',
  {
    PUBLIC_URL: optional(
      z
        .string()
        .trim()
        .refine((text) => {
          try {
            const url = new URL(text);
            return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '';
          } catch {
            return false;
          }
        }, 'expected the app’s address as people’s browsers reach it, e.g. https://mentor.example.edu (no query string)')
        .transform((text) => text.replace(/\/+$/, '')),
    ),
  },
  (e): { readonly publicUrl: string | undefined } => ({ publicUrl: e.PUBLIC_URL }),
);
