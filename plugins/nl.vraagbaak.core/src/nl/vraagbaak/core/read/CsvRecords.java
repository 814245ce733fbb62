package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
final class CsvRecords {

	/** One record with the 1-based line it starts on. */
	record Row(int line, List<String> cells) {
	}

	private CsvRecords() {
	}

	/** @throws CorpusReadException naming the line where an unterminated quoted cell starts */
	static List<Row> parse(String source, String text) throws CorpusReadException {
		List<Row> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		int quoteLine = 0;
		String input = text.startsWith("\ufeff") ? text.substring(1) : text;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
				quoteLine = line;
			} else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
					rows.add(new Row(rowLine, List.copyOf(cells)));
				}
				cells.clear();
				line++;
				rowLine = line;
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new CorpusReadException(source, quoteLine,
					ReadMessages.message("truncatedCsv"));
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			rows.add(new Row(rowLine, List.copyOf(cells)));
		}
		return rows;
	}
}
