// The image formats offered for the canvas and for charts.
export type ImageFormat = 'svg' | 'png';
