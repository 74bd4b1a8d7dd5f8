import { describe, expect, it } from 'vitest';
import { mediaRewriter, objectPosition, ogImage, pictureSources, type PictureLike } from './media';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const v = (name: string, format: string, width: number, height: number) => ({
  name,
  format,
  width,
  height,
  url: `/media/${ID}/${name}-${width}.${format === 'jpeg' ? 'jpg' : format}`,
});
const image: PictureLike = {
  alt: 'Lễ phát động',
  focalX: 0.25,
  focalY: 0.8,
  variants: ['avif', 'webp', 'jpeg'].flatMap((f) => [
    v('large', f, 1600, 900),
    v('thumb', f, 320, 180),
    v('medium', f, 1024, 576),
    v('small', f, 640, 360),
    v('og', f, 1200, 630),
  ]),
};

describe('pictures', () => {
  it('offer AVIF and WebP with every width, and a JPEG fallback of the size asked', () => {
    const p = pictureSources(image, 'small')!;
    expect(p.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(p.sources[0]!.srcset).toBe(
      [320, 640, 1024, 1600].map((w) => `/media/${ID}/${nameOf(w)}-${w}.avif ${w}w`).join(', '),
    );
    expect(p.src).toBe(`/media/${ID}/small-640.jpg`);
    expect(p.srcset).toContain('large-1600.jpg 1600w');
    // The share crop has another shape: never in a srcset.
    expect(JSON.stringify(p)).not.toContain('og-');
    expect([p.width, p.height]).toEqual([640, 360]);
  });

  it('fall back to the largest smaller JPEG when the image was too small for the size', () => {
    const small: PictureLike = {
      variants: [v('thumb', 'jpeg', 320, 200), v('og', 'jpeg', 1200, 630)],
    };
    const p = pictureSources(small, 'large')!;
    expect(p.src).toContain('thumb-320');
    expect(p.sources).toEqual([]);
    expect(pictureSources({ variants: [v('og', 'jpeg', 1200, 630)] })).toBeNull();
  });

  it('centre the crop on the focal point', () => {
    expect(objectPosition(image)).toBe('25% 80%');
    expect(objectPosition({ focalX: null, focalY: undefined })).toBe('50% 50%');
    expect(objectPosition({ focalX: 3, focalY: -1 })).toBe('100% 0%');
  });

  it('share the 1200×630 crop', () => {
    expect(ogImage(image)).toEqual({ url: `/media/${ID}/og-1200.jpg`, width: 1200, height: 630 });
    expect(ogImage({ variants: [v('small', 'jpeg', 640, 360)] })!.url).toContain('small-640');
    expect(ogImage(null)).toBeNull();
  });
});

describe('media addresses', () => {
  const local = mediaRewriter(['api.internal', '127.0.0.1', '[::1]']);
  it('of the API become this site’s /media/, in JSON and inside HTML', () => {
    const json = JSON.stringify({
      url: `http://127.0.0.1:4000/media/${ID}/a.avif`,
      html: `<img src="http://api.internal:4000/media/${ID}/b.jpg" srcset="http://[::1]:4000/media/${ID}/c.jpg 320w">`,
    });
    expect(local(json)).toBe(
      JSON.stringify({
        url: `/media/${ID}/a.avif`,
        html: `<img src="/media/${ID}/b.jpg" srcset="/media/${ID}/c.jpg 320w">`,
      }),
    );
  });

  it('elsewhere are left alone', () => {
    for (const s of [
      `https://cdn.example/media/${ID}/a.avif`,
      `http://127.0.0.1.evil.example/media/${ID}/a.avif`,
      'http://127.0.0.1:4000/media/not-an-id/a.avif',
    ])
      expect(local(s)).toBe(s);
  });
});

function nameOf(w: number): string {
  return { 320: 'thumb', 640: 'small', 1024: 'medium', 1600: 'large' }[w]!;
}
