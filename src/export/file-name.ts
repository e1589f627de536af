// File names for exported images: lower-case words joined by hyphens, never empty.
export function fileSlug(text: string, fallback = 'export'): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
