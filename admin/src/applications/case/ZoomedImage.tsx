import { Box } from '@mui/material';
import { type PointerEvent, useEffect, useRef, useState } from 'react';

/** The natural size of an image, by its address. */
interface Natural {
  src: string;
  width: number;
  height: number;
}

/**
 * An image zoomed and turned inside its scrolling frame. The image is laid out at its zoomed size
 * (not scaled by a CSS transform, which leaves the layout box as it was and pushes the left and top
 * edges out of reach), in a box the size of the turned image, centred with auto margins, which
 * fall to 0 once the box is larger than the frame: every edge can be scrolled to. At zoom 1 it fits
 * the frame's width, never enlarged. Dragging pans it.
 */
export function ZoomedImage({
  src,
  alt,
  zoom,
  rotation,
}: {
  src: string;
  alt: string;
  zoom: number;
  rotation: number;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [frameWidth, setFrameWidth] = useState(0);
  const [natural, setNatural] = useState<Natural | null>(null);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    setFrameWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setFrameWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Dragging pans a paper larger than its frame: the frame scrolls by what the pointer moved.
  const drag = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    e.currentTarget.scrollBy(drag.current.x - e.clientX, drag.current.y - e.clientY);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const size = natural?.src === src ? natural : null;
  const turned = rotation % 180 !== 0;
  const fit = size && frameWidth ? Math.min(1, (frameWidth - 16) / (turned ? size.height : size.width)) : 1;
  const width = size ? size.width * fit * zoom : 0;
  const height = size ? size.height * fit * zoom : 0;
  return (
    <Box
      ref={frame}
      sx={{
        overflow: 'auto',
        height: 420,
        bgcolor: 'grey.100',
        my: 1,
        display: 'flex',
        cursor: zoom > 1 ? 'grab' : undefined,
        '&:active': zoom > 1 ? { cursor: 'grabbing' } : undefined,
        touchAction: 'none',
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      data-testid="document-frame"
    >
      <Box
        sx={{
          position: 'relative',
          flexShrink: 0,
          m: 'auto',
          width: turned ? height : width,
          height: turned ? width : height,
        }}
        data-zoom={zoom}
      >
        <img
          alt={alt}
          draggable={false}
          src={src}
          data-testid="document-image"
          onLoad={(e) =>
            setNatural({ src, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })
          }
          style={{
            position: 'absolute',
            left: '50%',
            top: '50%',
            width: size ? width : undefined,
            height: size ? height : undefined,
            maxWidth: 'none',
            visibility: size ? 'visible' : 'hidden',
            // No transition: Chromium may keep the scroll range of a turn caught half-way (a wider
            // box), leaving blank space past the paper's edge.
            transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
          }}
        />
      </Box>
    </Box>
  );
}
