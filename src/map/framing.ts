/**
 * Padding (px) when the map fits the area: room at the foot for the legend. Shared with the SVG first paint
 * (src/boot), which must frame the area exactly as the map will so the hand-over does not jump.
 */
export const FIT_PADDING = { top: 30, right: 30, bottom: 110, left: 30 };
