package nl.vraagbaak.opendata.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP/1.1 service standing in for the open-data service: answers GET requests with what {@link #answers}
 * gives for the decoded path and query, and remembers what was asked. The JDK's own HTTP server is not visible
 * inside OSGi, and a test must not reach the real service. Shared by the tests of the sync, the command line and
 * the workbench.
 */
public final class FakeOpenDataService implements AutoCloseable {
	/** One answer: status, content type and body. */
	public record Answer(int status, String contentType, byte[] body) {
		public static Answer json(String text) {
			return new Answer(200, "application/json", text.getBytes(StandardCharsets.UTF_8));
		}

		public static Answer file(String contentType, byte[] body) {
			return new Answer(200, contentType, body);
		}

		/** The file's bytes; a file that cannot be read answers 500, which the sync reports for that document. */
		public static Answer file(String contentType, Path file) {
			try {
				return file(contentType, Files.readAllBytes(file));
			} catch (IOException e) {
				return status(500);
			}
		}

		public static Answer status(int status) {
			return new Answer(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
		}
	}

	private final ServerSocket socket;
	private final List<String> asked = new CopyOnWriteArrayList<>();
	/** What to answer for a request's decoded path and query; 404 until a test says otherwise. */
	public volatile Function<String, Answer> answers = request -> Answer.status(404);

	public FakeOpenDataService() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "fake open-data service");
		thread.setDaemon(true);
		thread.start();
	}

	/** The service root, as the sync is given it. */
	public String base() {
		return "http://127.0.0.1:" + socket.getLocalPort() + "/OData/v4/2.0/";
	}

	/** A page of JSON from a fixture file, its "{base}" replaced by this service's address (next-page links). */
	public Answer page(Path json) {
		try {
			return Answer.json(Files.readString(json, StandardCharsets.UTF_8).replace("{base}", base()));
		} catch (IOException e) {
			return Answer.status(500);
		}
	}

	/** The decoded path and query of every request, in order. */
	public List<String> asked() {
		return List.copyOf(asked);
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket connection = socket.accept()) {
				answer(connection);
			} catch (IOException e) {
				// closed, or a client that went away: the next connection is served
			}
		}
	}

	private void answer(Socket connection) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
		String requestLine = in.readLine();
		for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
			// headers are not needed
		}
		if (requestLine == null) {
			return;
		}
		String target = URLDecoder.decode(requestLine.split(" ")[1], StandardCharsets.UTF_8);
		asked.add(target);
		Answer answer = answers.apply(target);
		OutputStream out = connection.getOutputStream();
		out.write(("HTTP/1.1 " + answer.status() + " X\r\nContent-Type: " + answer.contentType() + "\r\nContent-Length: "
				+ answer.body().length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.write(answer.body());
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}

	/**
	 * A service address where nothing listens, held while it is used: a socket bound to the port and never listening
	 * refuses every connection, and no other server can take the port meanwhile. A closed service's port can be taken
	 * by another server at once (seen once: the "unreachable" service answered 404).
	 */
	public static final class Unreachable implements AutoCloseable {
		private final Socket held = new Socket();

		public Unreachable() throws IOException {
			held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		}

		public String base() {
			return "http://127.0.0.1:" + held.getLocalPort() + "/OData/v4/2.0/";
		}

		@Override
		public void close() throws IOException {
			held.close();
		}
	}
}
