package nl.vraagbaak.core.store;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A failure to read a JSON file as one line a user can act on: the line and column, then what was wrong. Jackson's
 * own message adds a "[Source: ...]" description of the input that says nothing to a user (with the source
 * redacted, as here, not even its name).
 */
public final class JsonProblems {
	private JsonProblems() {
	}

	public static String describe(IOException e) {
		if (e instanceof JsonProcessingException json) {
			String what = json.getOriginalMessage().lines().findFirst().orElse("")
					.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
					.replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
			JsonLocation at = json.getLocation();
			return at == null || at.getLineNr() < 1 ? what : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
