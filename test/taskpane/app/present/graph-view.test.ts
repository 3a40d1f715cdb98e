import { centreView, fitView, MAX_SCALE, panView, zoomView } from '../../../../taskpane/app/present/graph-view';

describe('the Impact graph view (an SVG viewBox in layout units)', () => {
  it('fits a wide graph by its width and centres it vertically', () => {
    // 600 x 100 into a 2:1 box: the width rules (600 x 300), 100 units of margin above and below.
    expect(fitView({ width: 600, height: 100 }, 2)).toEqual({ x: 0, y: -100, width: 600, height: 300 });
  });

  it('fits a tall graph by its height', () => {
    // 100 x 400 into a 1:1 box: 400 x 400, 150 units of margin left and right.
    expect(fitView({ width: 100, height: 400 }, 1)).toEqual({ x: -150, y: 0, width: 400, height: 400 });
  });

  it('centres on the selection at one unit a pixel', () => {
    expect(centreView({ x: 500, y: 80 }, { width: 320, height: 320 })).toEqual({ x: 340, y: -80, width: 320, height: 320 });
  });

  it('zooms about the centre and stops at the farthest zoom', () => {
    const view = { x: 0, y: 0, width: 320, height: 320 };
    // Twice as close: half the units, the centre (160, 160) kept.
    expect(zoomView(view, 2, 320)).toEqual({ x: 80, y: 80, width: 160, height: 160 });
    // Far out: at most MAX_SCALE units a pixel.
    expect(zoomView(view, 0.001, 320).width).toBe(MAX_SCALE * 320);
  });

  it('pans by screen pixels at the current zoom: dragging right shows what is to the left', () => {
    // 640 units over 320 pixels: 2 units a pixel, so 10 pixels right moves the view 20 units left.
    expect(panView({ x: 0, y: 0, width: 640, height: 640 }, 10, -5, 320)).toEqual({ x: -20, y: 10, width: 640, height: 640 });
  });
});
