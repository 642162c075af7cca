/** The map as a PNG a reader can use on its own: title, period, legend lines, disclosure rule, attribution. */
export function composeMapPng(map: HTMLCanvasElement, text: { title: string; subtitle: string; legend: string[]; rule: string; attribution: string[] }): Promise<Blob> {
  const pad = 24;
  const lineH = 22;
  const headH = 80;
  const footLines = [...text.legend, text.rule, ...text.attribution];
  const footH = pad + footLines.length * lineH;
  const out = document.createElement('canvas');
  out.width = Math.max(map.width, 1000);
  out.height = headH + map.height + footH;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b1f24';
  ctx.font = 'bold 30px "DejaVu Sans", Arial, sans-serif';
  ctx.fillText(text.title, pad, 40);
  ctx.font = '18px "DejaVu Sans", Arial, sans-serif';
  ctx.fillStyle = '#444';
  ctx.fillText(text.subtitle, pad, 68);
  ctx.drawImage(map, 0, headH);
  ctx.font = '16px "DejaVu Sans", Arial, sans-serif';
  footLines.forEach((line, i) => {
    ctx.fillStyle = i < text.legend.length ? '#1b1f24' : '#555';
    ctx.fillText(line, pad, headH + map.height + pad + i * lineH);
  });
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
}
