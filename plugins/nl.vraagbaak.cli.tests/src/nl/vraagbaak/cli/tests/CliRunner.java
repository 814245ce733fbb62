package nl.vraagbaak.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.vraagbaak.cli.Cli;

/** Runs the real command dispatcher (the one the headless application runs) and captures what it prints. */
final class CliRunner {
	record Result(int exit, String out, String err) {
	}

	private final Path data;

	CliRunner(Path data) {
		this.data = data;
	}

	Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--data");
		all.add(data.toString());
		int exit = new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static Path seeds() {
		return Path.of(System.getProperty("vraagbaak.seeds", "../../seeds"));
	}

	static Path fixture(String name) {
		return Path.of(System.getProperty("vraagbaak.fixtures", "fixtures")).resolve(name);
	}
}
