// The atlas's two edge programs: straight relations, and relations that share both ends drawn as
// gentle quadratic arcs (the control point of @sigma/edge-curve, so labels and the SVG export
// follow the same curve). Both draw an arrowhead at the target's rim for directed relations, chosen
// per edge, so all the relations of a frame take two draw calls.
//
// Why not sigma's and edge-curve's programs: edge-curve measures, for every pixel of a box around
// each curve, its distance to the Bézier curve; under software WebGL (SwiftShader) that fragment
// shader takes about 600 ms to compile, blocking the page. And sigma draws an arrow as two programs
// (a clamped line and a head), so straight lines, arrows and arcs took five draw calls a frame;
// measured here, a frame drew in 60–65 ms that way against 36–38 ms with straight lines only.
// Here a relation is a strip of quads placed by the vertex shader (one quad when straight), and
// the fragment shader only fades the strip's edges.
import type { Attributes } from 'graphology-types';
import { drawStraightEdgeLabel, EdgeProgram, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { EdgeLabelDrawingFunction } from 'sigma/rendering';
import { ARC_SEGMENTS } from './arc-geometry';

/** The arrowhead's proportions, as sigma's straight arrows (length and width per unit of thickness). */
const ARROW = { lengthToThickness: 2.5, widenessToThickness: 2 };

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
attribute float a_arrow;
// Per vertex: the curve parameter t, the side of the strip (-1, 1), and the part (0 body, 1 tip, 2 arrow corner).
attribute vec3 a_shape;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;

varying vec4 v_color;
varying float v_offset;
varying float v_halfWidth;
varying float v_feather;

const float bias = 255.0 / 254.0;

vec2 toViewport(vec2 position) {
  vec2 clip = (u_matrix * vec3(position, 1.0)).xy;
  return (clip + 1.0) * u_dimensions / 2.0;
}

void main() {
  vec2 s = toViewport(a_source);
  vec2 t = toViewport(a_target);
  vec2 delta = t - s;
  float len = max(length(delta), 1e-6);
  // The control point of @sigma/edge-curve: the midpoint pushed along the normal by len × curvature.
  vec2 c = 0.5 * (s + t) + vec2(-delta.y, delta.x) * a_curvature;

  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  float halfWidth = thickness / 2.0;
  float feather = u_feather;
  float k = a_shape.x;
  float side = a_shape.y;
  vec2 position;
  if (a_shape.z < 0.5) {
    // A point of the strip: on the curve at k, pushed sideways along the curve's normal.
    float m = 1.0 - k;
    vec2 onCurve = m * m * s + 2.0 * m * k * c + k * k * t;
    vec2 tangent = normalize(2.0 * m * (c - s) + 2.0 * k * (t - c) + vec2(1e-9, 0.0));
    vec2 normal = vec2(-tangent.y, tangent.x);
    position = onCurve + normal * side * (halfWidth + 0.5);
    v_offset = side * (halfWidth + 0.5);
  } else {
    // The arrowhead: its tip on the target's rim, along the curve's last tangent.
    vec2 tangent = normalize(t - c + vec2(1e-9, 0.0));
    vec2 normal = vec2(-tangent.y, tangent.x);
    float radius = a_targetSize * u_pixelRatio / u_sizeRatio;
    vec2 tip = t - tangent * radius;
    vec2 base = tip - tangent * thickness * ${ARROW.lengthToThickness.toFixed(1)};
    vec2 corner = base + normal * side * thickness * ${ARROW.widenessToThickness.toFixed(1)} / 2.0;
    // Without an arrow the head collapses onto the tip and draws nothing.
    position = mix(tip, a_shape.z < 1.5 ? tip : corner, a_arrow);
    v_offset = 0.0;
  }
  v_halfWidth = halfWidth;
  v_feather = feather;
  gl_Position = vec4(position / u_dimensions * 2.0 - 1.0, 0.0, 1.0);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_offset;
varying float v_halfWidth;
varying float v_feather;

void main(void) {
  #ifdef PICKING_MODE
  if (abs(v_offset) > v_halfWidth) discard;
  gl_FragColor = v_color;
  #else
  // Fade the strip's outer edge over the feather width (antialiasing), as @sigma/edge-curve does.
  float t = smoothstep(v_halfWidth - v_feather, v_halfWidth, abs(v_offset));
  gl_FragColor = v_color * (1.0 - t);
  #endif
}
`;

/** The strip's vertices (two triangles per piece), then the arrowhead's tip and two corners. */
function stripShape(segments: number): number[][] {
  const data: number[][] = [];
  for (let i = 0; i < segments; i++) {
    const a = i / segments;
    const b = (i + 1) / segments;
    data.push([a, -1, 0], [a, 1, 0], [b, 1, 0], [a, -1, 0], [b, 1, 0], [b, -1, 0]);
  }
  data.push([1, 0, 1], [1, -1, 2], [1, 1, 2]);
  return data;
}

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_pixelRatio', 'u_dimensions', 'u_minEdgeThickness', 'u_feather'] as const;

/** Labels along the arc; set when @sigma/edge-curve's label drawer has loaded (straight until then). */
let curvedLabel: EdgeLabelDrawingFunction | null = null;

/** Loads the curved label drawer of @sigma/edge-curve (its shaders are never compiled). */
export async function loadArcLabels(): Promise<void> {
  if (curvedLabel) return;
  const { createDrawCurvedEdgeLabel, DEFAULT_EDGE_CURVATURE } = await import('@sigma/edge-curve');
  curvedLabel = createDrawCurvedEdgeLabel({ arrowHead: null, curvatureAttribute: 'curvature', defaultCurvature: DEFAULT_EDGE_CURVATURE, keepLabelUpright: true });
}

/** The display data the programs read beyond sigma's: the arc's bend and whether to draw a head. */
export type AtlasEdgeData = EdgeDisplayData & { curvature?: number; arrow?: boolean };

function createEdgeStripProgram(segments: number) {
  const shape = stripShape(segments);
  return class EdgeStripProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>
    extends EdgeProgram<(typeof UNIFORMS)[number], N, E, G> {
    /** sigma draws this edge type's labels with it: straight, or along the arc once that drawer has loaded. */
    override drawLabel: EdgeLabelDrawingFunction<N, E, G> = (context, edgeData, sourceData, targetData, settings) =>
      ((segments > 1 && curvedLabel ? curvedLabel : drawStraightEdgeLabel) as EdgeLabelDrawingFunction<N, E, G>)(context, edgeData, sourceData, targetData, settings);

    getDefinition() {
      return {
        VERTICES: shape.length,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_source', size: 2, type: FLOAT },
          { name: 'a_target', size: 2, type: FLOAT },
          { name: 'a_targetSize', size: 1, type: FLOAT },
          { name: 'a_thickness', size: 1, type: FLOAT },
          { name: 'a_curvature', size: 1, type: FLOAT },
          { name: 'a_arrow', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_shape', size: 3, type: FLOAT }],
        CONSTANT_DATA: shape,
      };
    }

    processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: AtlasEdgeData) {
      const array = this.array;
      array[startIndex++] = sourceData.x;
      array[startIndex++] = sourceData.y;
      array[startIndex++] = targetData.x;
      array[startIndex++] = targetData.y;
      array[startIndex++] = targetData.size;
      array[startIndex++] = data.size || 1;
      // A straight strip ignores any bend, so the two programs never disagree on geometry.
      array[startIndex++] = segments > 1 ? data.curvature ?? 0 : 0;
      array[startIndex++] = data.arrow ? 1 : 0;
      array[startIndex++] = floatColor(data.color);
      array[startIndex] = edgeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo) {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform2f(uniformLocations.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    }
  };
}

/** Straight relations, with or without an arrowhead. */
export const EdgeLineProgram = createEdgeStripProgram(1);
/** Relations sharing both ends, bent into arcs, with or without an arrowhead. */
export const EdgeArcProgram = createEdgeStripProgram(ARC_SEGMENTS);
