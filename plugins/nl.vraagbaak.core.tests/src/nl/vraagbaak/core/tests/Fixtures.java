package nl.vraagbaak.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;

/** The project's own test inputs: the repository's seeds/ and this bundle's fixtures/ (paths set by the build). */
public final class Fixtures {
	private Fixtures() {
	}

	public static Path seed(String prefix) throws Exception {
		try (var files = Files.list(Path.of(System.getProperty("vraagbaak.seeds", "../../seeds")))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	public static Path fixture(String name) {
		return Path.of(System.getProperty("vraagbaak.fixtures", "fixtures")).resolve(name);
	}

	public static CorpusDocument readSeed(String prefix) throws Exception, CorpusReadException {
		return CorpusFormats.read(seed(prefix));
	}
}
