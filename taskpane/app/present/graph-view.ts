/** The part of a laid-out graph the taskpane shows: an SVG viewBox in layout units. */
export interface GraphView {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Closest and farthest zoom, as layout units per screen pixel. */
export const MIN_SCALE = 0.25;
export const MAX_SCALE = 8;

/** The whole graph in a box of the screen's aspect (width/height), centred: zoom to fit. */
export function fitView(graph: { readonly width: number; readonly height: number }, aspect: number): GraphView {
  const w = Math.max(graph.width, graph.height * aspect, 1);
  const h = w / aspect;
  return { x: (graph.width - w) / 2, y: (graph.height - h) / 2, width: w, height: h };
}

/** A view of the screen's size at one layout unit per pixel, centred on a point (the selection). */
export function centreView(at: { readonly x: number; readonly y: number }, screen: { readonly width: number; readonly height: number }): GraphView {
  return { x: at.x - screen.width / 2, y: at.y - screen.height / 2, width: screen.width, height: screen.height };
}

/** Zoom about the view's centre: factor 2 shows half as much; kept within MIN_SCALE..MAX_SCALE units per pixel. */
export function zoomView(view: GraphView, factor: number, screenWidth: number): GraphView {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.width / factor / screenWidth));
  const width = scale * screenWidth;
  const height = (view.height / view.width) * width;
  const cx = view.x + view.width / 2;
  const cy = view.y + view.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** Pan by a screen distance (pixels): dragging right shows what is to the left. */
export function panView(view: GraphView, dxPixels: number, dyPixels: number, screenWidth: number): GraphView {
  const unit = view.width / screenWidth;
  return { ...view, x: view.x - dxPixels * unit, y: view.y - dyPixels * unit };
}
