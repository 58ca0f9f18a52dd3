#!/usr/bin/env python3
"""Peer timings for Fft4096Benchmark: the same power spectrum of a 4096 x 4096 image in numpy/scipy.

The image is built like Fft4096Benchmark.image (two crossed fringes of 0.3905 nm and 0.2761 nm at a
0.02 nm pixel on a mean of 100) with numpy's own seeded N(0, 5^2) noise (not Java's Random: the
values differ, the work does not). Each variant does what FftEngine.powerSpectrum does: subtract the
mean, multiply by the periodic Hann window sin^2(pi n / N) along x and y, transform, |F|^2 of all
N x N frequencies, shift the zero frequency to the centre.

  numpy complex128  numpy.fft.fft2 (pocketfft, double precision, one thread)
  numpy rfft2       numpy.fft.rfft2 on the real image, |F|^2 of the half plane mirrored to the full one
  scipy rfft2 f32   scipy.fft.rfft2 in single precision (as our FloatFFT_2D), workers = 2, mirrored
  scipy fft2 f32    scipy.fft.fft2 of the float32 image (complex64 output), workers = 2

Then the transforms alone on the already prepared image (what a bare "FFT of 4096^2" figure measures):
numpy.fft.fft2 (complex128 out), scipy.fft.rfft2 float32 (half plane, 2 workers), for comparison with
Fft4096Benchmark.jtransformsRealForwardFull.

Usage: fft4096_numpy.py [RUNS]   (default 7; prints the median and minimum wall time of each variant)
"""
import statistics
import sys
import time

import numpy as np
import scipy
import scipy.fft

N = 4096
PIXEL_NM = 0.02


def image():
    rng = np.random.default_rng(4096)
    x = np.arange(N)
    fringe_x = 10 * np.cos(2 * np.pi * PIXEL_NM / 0.3905 * x + 1.3)
    fringe_y = 10 * np.cos(2 * np.pi * PIXEL_NM / 0.2761 * x + 0.7)
    img = 100 + fringe_x[None, :] + fringe_y[:, None] + 5 * rng.standard_normal((N, N))
    return img.astype(np.float32)


def hann(n, dtype):
    return (np.sin(np.pi * np.arange(n) / n) ** 2).astype(dtype)


def prepare(img, dtype):
    v = img.astype(dtype)
    v -= v.mean(dtype=np.float64)
    w = hann(N, dtype)
    v *= w[:, None]
    v *= w[None, :]
    return v


def mirrored(half):
    """|F|^2 on all N x N frequencies from the N x (N/2+1) half plane: P(-k) = P(k) for a real input."""
    p = np.empty((N, N), dtype=half.dtype)
    p[:, : N // 2 + 1] = half
    # column q > N/2 holds frequency q - N, the mate of row -r, column N - q
    rows = (-np.arange(N)) % N
    p[:, N // 2 + 1:] = half[rows][:, N // 2 - 1:0:-1]
    return np.fft.fftshift(p)


def numpy_complex(img):
    f = np.fft.fft2(prepare(img, np.float64))
    return np.fft.fftshift(f.real ** 2 + f.imag ** 2)


def numpy_rfft(img):
    f = np.fft.rfft2(prepare(img, np.float64))
    return mirrored(f.real ** 2 + f.imag ** 2)


def scipy_rfft_f32(img):
    f = scipy.fft.rfft2(prepare(img, np.float32), workers=2)
    return mirrored(f.real ** 2 + f.imag ** 2)


def scipy_fft_f32(img):
    f = scipy.fft.fft2(prepare(img, np.float32), workers=2)
    return np.fft.fftshift(f.real ** 2 + f.imag ** 2)


def timed(fn, arg, runs):
    fn(arg)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    img = image()
    print(f"numpy {np.__version__}, scipy {scipy.__version__}, {N} x {N}, {runs} runs after one warm-up")
    reference = numpy_complex(img)
    for name, fn in [("numpy complex128", numpy_complex), ("numpy rfft2 float64", numpy_rfft),
                     ("scipy rfft2 float32, 2 workers", scipy_rfft_f32), ("scipy fft2 float32, 2 workers", scipy_fft_f32)]:
        out = fn(img)
        rel = float(np.max(np.abs(out - reference)) / np.max(reference))
        median, fastest = timed(fn, img, runs)
        print(f"{name:32s} median {median * 1000:7.1f} ms  min {fastest * 1000:7.1f} ms"
              f"  max |P - P_numpy complex| / max P = {rel:.1e}")
    print("transform alone (input prepared beforehand):")
    v64 = prepare(img, np.float64)
    v32 = prepare(img, np.float32)
    for name, fn, arg in [("numpy fft2 float64", np.fft.fft2, v64),
                          ("scipy rfft2 float32, 2 workers", lambda a: scipy.fft.rfft2(a, workers=2), v32),
                          ("scipy rfft2 float32, 1 worker", lambda a: scipy.fft.rfft2(a, workers=1), v32)]:
        median, fastest = timed(fn, arg, runs)
        print(f"{name:32s} median {median * 1000:7.1f} ms  min {fastest * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
