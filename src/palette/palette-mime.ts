export const PALETTE_MIME = 'application/x-spillway-kind';
