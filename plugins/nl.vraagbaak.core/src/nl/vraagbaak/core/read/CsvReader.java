package nl.vraagbaak.core.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;

/**
 * Reads question-answer pairs from a CSV file with the columns {@code anchor} (the question) and {@code positive}
 * (its answer), as in the government's Kamervragen fine-tuning sets. Each data row becomes one passage numbered by
 * its 1-based row; cells may span lines; other columns are ignored.
 */
public final class CsvReader implements CorpusReader {

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public boolean recognises(Path file, byte[] head) {
		if (!TextFiles.looksLikeText(head)) {
			return false;
		}
		String firstLine = new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
		List<String> columns = List.of(firstLine.replace("\ufeff", "").split(","));
		return columns.contains("anchor") && columns.contains("positive");
	}

	@Override
	public CorpusDocument read(Path file) throws CorpusReadException {
		String source = file.getFileName().toString();
		List<CsvRecords.Row> rows = CsvRecords.parse(file.toString(), TextFiles.readUtf8(file));
		if (rows.isEmpty()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("csvNoHeader"));
		}
		List<String> header = rows.get(0).cells();
		int anchor = header.indexOf("anchor");
		int positive = header.indexOf("positive");
		if (anchor < 0 || positive < 0) {
			throw new CorpusReadException(file.toString(), 1, ReadMessages.message("csvColumns"));
		}
		List<Passage> passages = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			CsvRecords.Row row = rows.get(r);
			if (row.cells().size() != header.size()) {
				throw new CorpusReadException(file.toString(), row.line(), ReadMessages.message("csvRowCells", r,
						row.cells().size(), header.size()));
			}
			String question = Texts.normalizeWhitespace(row.cells().get(anchor));
			String answer = Texts.normalizeWhitespace(row.cells().get(positive));
			passages.add(new Passage(r, null, question, answer, List.of(), CitationParser.parse(question + " " + answer),
					List.of()));
		}
		if (passages.isEmpty()) {
			throw new CorpusReadException(file.toString(), 0, ReadMessages.message("csvNoRows"));
		}
		return new CorpusDocument(source, DocumentKind.WRITTEN_ANSWERS, source, null, null, null, null, List.of(),
				passages);
	}
}
