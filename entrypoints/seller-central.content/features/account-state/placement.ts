/**
 * The card goes in a corner that covers neither Seller Central's own alert nor its buttons:
 * the first corner, in reading-friendly order, whose rectangle overlaps none of them.
 */
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
export const MARGIN = 16;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function cornerBox(
  corner: Corner,
  width: number,
  height: number,
  viewport: { width: number; height: number },
): Box {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - height;
  return { left, top, right: left + width, bottom: top + height };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid: readonly Box[],
): Corner {
  return (
    CORNERS.find(
      (corner) => !avoid.some((box) => overlaps(cornerBox(corner, size.width, size.height, viewport), box)),
    ) ?? 'bottom-right'
  );
}
