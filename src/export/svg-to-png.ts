// Rasterises serialised SVG text to PNG through an <img> and a <canvas>, at `scale` pixels per
// CSS pixel (2 = sharp on high-density screens and in slides).
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  // A data: address, not a blob: one: Chromium taints a canvas that drew an SVG holding a
  // foreignObject (the canvas export's HTML nodes) from a blob address, and a tainted canvas
  // gives no PNG.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const image = new Image();
  image.decoding = 'sync';
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('PNG export: this browser gives no 2D canvas context.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('PNG export: the canvas produced no image.')),
      'image/png',
    ),
  );
}
