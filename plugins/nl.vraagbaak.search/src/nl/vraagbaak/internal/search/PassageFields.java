package nl.vraagbaak.internal.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;

/** The index schema: one Lucene document per passage, text fields analysed, provenance stored. */
public final class PassageFields {
	/** Bump when fields change; a different stored schema makes the index rebuild itself. */
	public static final int SCHEMA_VERSION = 3;

	public static final String ID = "id";
	public static final String SOURCE = "source";
	/**
	 * Indexed, not stored: the {@link DocumentFingerprint} of the passage's document as it was indexed. Only the
	 * passage index adds it ({@link #fingerprint(String)}); the in-memory baseline has no store to keep up with.
	 */
	public static final String FINGERPRINT = "fingerprint";
	public static final String NUMBER = "number";
	public static final String KIND = "kind";
	public static final String DATE = "date";
	public static final String DATE_TEXT = "dateText";
	public static final String CITATION = "citation";
	public static final String MINISTER = "minister";
	public static final String TITLE = "title";
	public static final String HEADING = "heading";
	public static final String QUESTION = "question";
	public static final String ANSWER = "answer";

	/** The analysed fields, in order of weight. */
	public static final String[] TEXT_FIELDS = { QUESTION, HEADING, ANSWER, TITLE };
	/**
	 * The fields a draft question or keywords are ranked on. The title is left out: under max-combination it
	 * (boost 0.5) almost never decides, and it costs a quarter of the postings work (measured: same recall and
	 * MRR on the development set). Query syntax can still name it ("title:...").
	 */
	public static final String[] RANKED_FIELDS = { QUESTION, HEADING, ANSWER };

	private PassageFields() {
	}

	public static String id(String source, int number) {
		return source + "#" + number;
	}

	public static Document toDocument(CorpusDocument d, Passage p) {
		Document doc = new Document();
		doc.add(new StringField(ID, id(d.source(), p.number()), Field.Store.YES));
		doc.add(new StringField(SOURCE, d.source(), Field.Store.YES));
		doc.add(new IntPoint(NUMBER, p.number()));
		doc.add(new StoredField(NUMBER, p.number()));
		doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
		if (d.date() != null) {
			doc.add(new LongPoint(DATE, d.date().toEpochDay()));
			doc.add(new StoredField(DATE_TEXT, d.date().toString()));
		}
		if (d.citation() != null) {
			doc.add(new StoredField(CITATION, d.citation().format()));
		}
		if (d.minister() != null) {
			doc.add(new TextField(MINISTER, d.minister(), Field.Store.YES));
		}
		addText(doc, TITLE, d.title());
		addText(doc, HEADING, p.heading());
		addText(doc, QUESTION, p.question());
		if (isBlank(p.question()) && !isBlank(p.heading())) {
			// a letter section answers the question its heading names ("Advies AIVD"): rank the heading as one,
			// with the rarity words have in questions; as a heading among the few letter headings it weighed little
			doc.add(new TextField(QUESTION, p.heading(), Field.Store.NO));
		}
		addText(doc, ANSWER, p.answer());
		return doc;
	}

	/** The field that marks a passage with its document's fingerprint. */
	public static StringField fingerprint(String fingerprint) {
		return new StringField(FINGERPRINT, fingerprint, Field.Store.NO);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static void addText(Document doc, String field, String text) {
		if (!isBlank(text)) {
			doc.add(new TextField(field, text, Field.Store.YES));
		}
	}
}
