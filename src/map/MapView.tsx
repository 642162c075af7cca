import { useEffect, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { Camera } from '../state/viewState';
import { offlineStyle } from './baseStyle';
import { FIT_PADDING } from './framing';
import { WardOverlay, type WardOverlayProps } from './wardOverlay';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewProps {
  wards: FeatureCollection;
  districts: FeatureCollection;
  layers: (zoom: number) => Layer[];
  /** Ward outlines and names, drawn above the data layers. */
  wardOverlay: WardOverlayProps;
  /** Where to look when there is no saved camera, and whenever `fitKey` changes. */
  fitBounds: [number, number, number, number];
  fitKey: string;
  camera: Camera | null;
  onCameraChange: (camera: Camera) => void;
  /** Receives the map's capture API once it exists (PNG export, PDF pages). */
  onApi?: (api: MapApi) => void;
  /** The map has drawn for the first time (its style and layers): what was shown in its place can go. */
  onFirstDraw?: () => void;
}

export interface MapApi {
  /** The basemap, the data layers and the ward overlay as one canvas (the WebGL ones keep their drawing buffers for this). */
  capture(): HTMLCanvasElement;
  /** Resolves when the map has finished drawing what it was last asked to draw. */
  idle(): Promise<void>;
  /** Resolves once the data layers the map was last given are on its canvas. */
  layersDrawn(): Promise<void>;
}

/** MapLibre draws the offline basemap; deck.gl draws data layers on top (non-interleaved). */
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const wardOverlayRef = useRef<WardOverlay | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [drawn, setDrawn] = useState(false);
  // deck.gl draws on its own canvas in its own animation frame: whether it has drawn the latest layers yet.
  const layersOnCanvas = useRef(false);
  const drawWaiters = useRef<(() => void)[]>([]);
  /** Hands deck.gl the layers for the map's zoom; they are not on the canvas until its next frame. */
  const showLayers = (layers: MapViewProps['layers']) => {
    const map = mapRef.current;
    if (!map) return;
    layersOnCanvas.current = false;
    overlayRef.current?.setProps({ layers: layers(map.getZoom()) });
  };

  useEffect(() => {
    const { camera, fitBounds } = latest.current;
    const map = new maplibregl.Map({
      container: container.current!,
      style: offlineStyle(latest.current.wards, latest.current.districts),
      ...(camera
        ? { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom }
        : { bounds: fitBounds, fitBoundsOptions: { padding: FIT_PADDING } }),
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      maxZoom: 17,
      minZoom: 7,
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    const overlay = new MapboxOverlay({
      interleaved: false,
      onAfterRender: () => {
        layersOnCanvas.current = true;
        drawWaiters.current.splice(0).forEach((resolve) => resolve());
      },
      layers: [],
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
    } as ConstructorParameters<typeof MapboxOverlay>[0]);
    map.addControl(overlay);
    const wardOverlay = new WardOverlay(latest.current.wardOverlay);
    map.addControl(wardOverlay);
    map.on('moveend', () => {
      const c = map.getCenter();
      latest.current.onCameraChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    // The container may not have its final size when the map is made: fit again once the map has loaded.
    // Only when it changes the camera: each needless move costs a full redraw.
    if (!camera) map.once('load', () => fitIfMoved(map, latest.current.fitBounds));
    map.on('zoomend', () => showLayers(latest.current.layers));
    // The canvas stays hidden until the map has drawn everything once: the browser then composites no
    // half-drawn frames (each costs a full redraw and, without a GPU, a read-back of the canvas).
    map.once('idle', () => {
      setDrawn(true);
      latest.current.onFirstDraw?.();
    });
    mapRef.current = map;
    overlayRef.current = overlay;
    wardOverlayRef.current = wardOverlay;
    latest.current.onApi?.({
      capture: () => {
        const canvases = [...container.current!.querySelectorAll('canvas')];
        const base = map.getCanvas();
        const out = document.createElement('canvas');
        out.width = base.width;
        out.height = base.height;
        const ctx = out.getContext('2d')!;
        for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
        return out;
      },
      idle: () =>
        new Promise<void>((resolve) => {
          const done = () => setTimeout(resolve, 250);
          if (map.loaded() && !map.isMoving()) map.once('render', done);
          else map.once('idle', done);
          map.triggerRepaint();
          setTimeout(resolve, 3000);
        }),
      layersDrawn: () => new Promise<void>((resolve) => (layersOnCanvas.current ? resolve() : drawWaiters.current.push(resolve))),
    });
    return () => {
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
      wardOverlayRef.current = null;
    };
  }, []);

  useEffect(() => showLayers(props.layers), [props.layers]);

  useEffect(() => wardOverlayRef.current?.setProps(props.wardOverlay), [props.wardOverlay]);

  const firstFit = useRef(true);
  useEffect(() => {
    if (firstFit.current) {
      firstFit.current = false;
      return;
    }
    mapRef.current?.fitBounds(props.fitBounds, { padding: FIT_PADDING, duration: 600 });
    // Refit only when the selection (its key) changes: new bounds of the same selection are the same place.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [props.fitKey]);

  return <div ref={container} className={drawn ? 'map' : 'map drawing'} role="region" aria-label="Map of records by hexagon" data-testid="map" />;
}

/** Fits the map to `bounds` unless it is already there (to a hundredth of a zoom level and a few metres). */
function fitIfMoved(map: maplibregl.Map, bounds: [number, number, number, number]): void {
  const fit = map.cameraForBounds(bounds, { padding: FIT_PADDING });
  if (!fit?.center || fit.zoom === undefined) return;
  const to = maplibregl.LngLat.convert(fit.center);
  const at = map.getCenter();
  if (Math.abs(fit.zoom - map.getZoom()) < 0.01 && at.distanceTo(to) < 5) return;
  map.jumpTo({ center: to, zoom: fit.zoom });
}
