package nl.vraagbaak.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.internal.search.SyntheticCorpus;

/**
 * Measures indexing and query speed on a synthetic corpus of any size made from the real one: indexing throughput,
 * search and already-asked latency (p50, p99 over draft-like queries), heap in use and index size on disk.
 */
public final class SearchBenchmark {
	/**
	 * Draft queries run before the measured ones, so that the figures are those of a workbench that has been open a
	 * while, not of the JIT compiler: on one 1,000,000-passage index, the 1,000 queries after a warm-up of 100 had a
	 * search p99 of 26 ms, the next 1,000 of 13 to 17 ms.
	 */
	private static final int WARM_UP = 1000;

	/** The figures, as {@code vraagbaak bench} prints them. */
	public record Result(int passages, double indexingPassagesPerSecond, double indexingSeconds, int queries,
			double searchP50Ms, double searchP99Ms, double alreadyAskedP50Ms, double alreadyAskedP99Ms, long heapUsedMb,
			long indexSizeMb, String jvm, int processors) {
	}

	private SearchBenchmark() {
	}

	/**
	 * @param real    the real corpus the synthetic one takes its vocabulary and sentence shapes from
	 * @param folder  an empty folder for the benchmark's index (deleted by the caller)
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	public static Result run(List<CorpusDocument> real, int passages, int queries, Path folder, IProgressMonitor monitor)
			throws IndexException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Benchmark", passages / SyntheticCorpus.passagesPerDocument() + queries);
		SyntheticCorpus corpus = new SyntheticCorpus(real, 42);
		try (PassageIndex index = PassageIndex.createEmpty(folder)) {
			long start = System.nanoTime();
			indexInParallel(index, corpus, passages, progress);
			index.commit();
			double indexingSeconds = (System.nanoTime() - start) / 1e9;

			PassageSearch search = new PassageSearch(index);
			AlreadyAsked detector = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD);
			for (int i = 0; i < WARM_UP; i++) {
				String q = corpus.draftQuestion();
				search.search(q, SearchOptions.top(10));
				detector.check(q, Set.of());
			}
			double[] searchMs = new double[queries];
			double[] checkMs = new double[queries];
			for (int i = 0; i < queries; i++) {
				String q = corpus.draftQuestion();
				long t0 = System.nanoTime();
				search.search(q, SearchOptions.top(10));
				long t1 = System.nanoTime();
				detector.check(q, Set.of());
				long t2 = System.nanoTime();
				searchMs[i] = (t1 - t0) / 1e6;
				checkMs[i] = (t2 - t1) / 1e6;
				progress.split(1);
			}
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
			return new Result(passages, passages / indexingSeconds, indexingSeconds, queries, percentile(searchMs, 50),
					percentile(searchMs, 99), percentile(checkMs, 50), percentile(checkMs, 99), heapMb,
					index.sizeOnDisk() >> 20, Runtime.version().toString(), runtime.availableProcessors());
		}
	}

	/**
	 * One producer makes the synthetic documents (the generator is seeded and not thread-safe); every core analyses
	 * and adds them, as a bulk import would. IndexWriter is thread-safe.
	 */
	private static void indexInParallel(PassageIndex index, SyntheticCorpus corpus, int passages, SubMonitor progress)
			throws IOException {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		BlockingQueue<CorpusDocument> queue = new ArrayBlockingQueue<>(threads * 4);
		CorpusDocument end = new CorpusDocument("", DocumentKind.LETTER, "", null, null, null, null, List.of(), List.of());
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				for (CorpusDocument d = queue.take(); d != end; d = queue.take()) {
					index.addAll(List.of(d));
				}
				return null;
			}));
		}
		try {
			int done = 0;
			for (int d = 0; done < passages; d++) {
				int size = Math.min(SyntheticCorpus.passagesPerDocument(), passages - done);
				queue.put(corpus.document(d, size));
				done += size;
				progress.split(1);
			}
			for (int t = 0; t < threads; t++) {
				queue.put(end);
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("indexing was interrupted", e);
		} catch (ExecutionException e) {
			throw new IOException("indexing failed: " + e.getCause(), e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
	}
}
