package nl.vraagbaak.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.core.read.CorpusReadException;

/** The five seed documents the product ships with (the repository's {@code seeds/}, built into this bundle). */
public final class SeedCorpus {
	private SeedCorpus() {
	}

	/**
	 * Reads every bundled seed document.
	 *
	 * @throws StoreException when a seed is missing from the bundle or cannot be read (a broken build)
	 */
	public static List<CorpusDocument> read() throws StoreException {
		List<CorpusDocument> documents = new ArrayList<>();
		for (URL url : seedUrls()) {
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			try {
				Path temp = Files.createTempDirectory("vraagbaak-seed").resolve(name);
				try (InputStream in = url.openStream()) {
					Files.copy(in, temp);
				}
				documents.add(CorpusFormats.read(temp));
				Files.delete(temp);
				Files.delete(temp.getParent());
			} catch (IOException | CorpusReadException e) {
				throw new StoreException("the bundled seed " + name + " cannot be read: " + e.getMessage(), e);
			}
		}
		if (documents.isEmpty()) {
			throw new StoreException("no seed documents in bundle nl.vraagbaak.core (seeds/*.txt)", null);
		}
		return documents;
	}

	private static List<URL> seedUrls() {
		Bundle bundle = FrameworkUtil.getBundle(SeedCorpus.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries("seeds", "*.txt", false);
		List<URL> urls = entries == null ? new ArrayList<>() : Collections.list(entries);
		urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return urls;
	}
}
