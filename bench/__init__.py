"""Benchmarks of industry-kg: extraction throughput, graph load and query latency, memory, browser drawing.

Run ``python -m bench`` (``--quick`` for a two-minute smoke run); see README "Benchmarks".
"""
