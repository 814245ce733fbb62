package nl.vraagbaak.internal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.opendata.OpenDataException;

/**
 * The only network access of Vraagbaak: GET requests to the open-data service, made when the user starts a sync.
 * A request the service is too busy for, or that gets no answer, is tried again after a wait; one that still cannot be
 * made (no network) is an {@link OpenDataUnreachable}: the sync stops and resumes later. Another answer than 200 is an
 * {@link OpenDataException} for that one address.
 */
public final class OpenDataHttp {
	/** A written-answer document is a few hundred kilobytes; anything beyond this is not one. */
	public static final long MAX_RESOURCE_BYTES = 50L * 1024 * 1024;
	private static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

	/** How long to wait before trying a request again: twice, after 2 and after 10 seconds. */
	public static final List<Duration> RETRY_WAITS = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10));
	private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);

	private final List<Duration> retryWaits;

	/** Through the JVM's proxy settings (https.proxyHost, or the system's with java.net.useSystemProxies), as offices need. */
	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
			.proxy(ProxySelector.getDefault()).followRedirects(HttpClient.Redirect.NORMAL).build();

	/** @param retryWaits how long to wait before each new try of a request that failed for a passing reason */
	public OpenDataHttp(List<Duration> retryWaits) {
		this.retryWaits = List.copyOf(retryWaits);
	}

	/** The request failed before an answer came: the service cannot be reached now. */
	public static final class OpenDataUnreachable extends OpenDataException {
		private static final long serialVersionUID = 1L;

		OpenDataUnreachable(URI uri, IOException cause) {
			super("cannot reach " + uri.getHost() + " (" + describe(cause) + "); nothing is lost, the next sync"
					+ " goes on from here / " + uri.getHost() + " is niet bereikbaar; de volgende synchronisatie gaat"
					+ " hier verder", cause);
		}

		private static String describe(IOException e) {
			return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
		}
	}

	/**
	 * The text at an address (a page of JSON).
	 *
	 * @throws OpenDataException naming the address when the answer is not 200 or too large, {@link OpenDataUnreachable}
	 *                           when there is no answer
	 */
	public String text(URI uri) throws OpenDataException {
		HttpResponse<InputStream> response = get(uri, "application/json");
		try (InputStream in = response.body()) {
			byte[] body = in.readNBytes((int) MAX_PAGE_BYTES + 1);
			if (body.length > MAX_PAGE_BYTES) {
				throw new OpenDataException(uri + ": the answer is larger than " + MAX_PAGE_BYTES / (1024 * 1024)
						+ " MB / het antwoord is te groot", null);
			}
			return new String(body, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new OpenDataUnreachable(uri, e);
		}
	}

	/**
	 * Downloads a file to {@code target}.
	 *
	 * @throws OpenDataException naming the address when the answer is not 200 or larger than
	 *                           {@link #MAX_RESOURCE_BYTES}, {@link OpenDataUnreachable} when there is no answer
	 */
	public void download(URI uri, Path target) throws OpenDataException {
		HttpResponse<InputStream> response = get(uri, "*/*");
		try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				total += n;
				if (total > MAX_RESOURCE_BYTES) {
					throw new OpenDataException(uri + ": the file is larger than " + MAX_RESOURCE_BYTES / (1024 * 1024)
							+ " MB, not a document of answers / het bestand is te groot", null);
				}
				out.write(buffer, 0, n);
			}
		} catch (IOException e) {
			throw new OpenDataUnreachable(uri, e);
		}
	}

	/**
	 * A GET, tried again after each of the waits when the service is busy or failing (429, 502, 503, 504) or the
	 * connection failed: a sync of a year makes thousands of requests, and one hiccup should not stop it.
	 */
	private HttpResponse<InputStream> get(URI uri, String accept) throws OpenDataException {
		for (int attempt = 0;; attempt++) {
			boolean last = attempt == retryWaits.size();
			try {
				HttpResponse<InputStream> response = send(uri, accept);
				if (response.statusCode() == 200) {
					return response;
				}
				discard(response);
				if (last || !TRANSIENT.contains(response.statusCode())) {
					throw new OpenDataException(uri + ": the service answered HTTP " + response.statusCode()
							+ " / de dienst antwoordde HTTP " + response.statusCode(), null);
				}
			} catch (OpenDataUnreachable e) {
				if (last) {
					throw e;
				}
			}
			pause(retryWaits.get(attempt), uri);
		}
	}

	private HttpResponse<InputStream> send(URI uri, String accept) throws OpenDataUnreachable {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept)
				.header("User-Agent", "Vraagbaak").GET().build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		} catch (IOException e) {
			throw new OpenDataUnreachable(uri, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OpenDataUnreachable(uri, new IOException("interrupted", e));
		}
	}

	private static void discard(HttpResponse<InputStream> response) {
		try (InputStream ignored = response.body()) {
			// the body of an error answer is not needed; closing it frees the connection
		} catch (IOException e) {
			// nothing to free
		}
	}

	private static void pause(Duration wait, URI uri) throws OpenDataUnreachable {
		try {
			Thread.sleep(wait);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OpenDataUnreachable(uri, new IOException("interrupted", e));
		}
	}
}
