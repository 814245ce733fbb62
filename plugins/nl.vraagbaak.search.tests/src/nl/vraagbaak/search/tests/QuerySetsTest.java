package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.Importer;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.Evaluation;
import nl.vraagbaak.search.IndexFollower;
import nl.vraagbaak.search.PassageIndex;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.QuerySet;

/**
 * The method on the development set, the team's held-out set and its set of new subjects, with the seeds and the
 * 2,033 real Kamervragen as distractors: no negative of the first two may be flagged, and recall@5 may not fall below
 * what it was when the set was last measured (a guard against regressions; the figures themselves are in the README
 * and the issue notes).
 */
class QuerySetsTest {
	@TempDir
	static Path data;
	private static final Path SETS = Path.of(System.getProperty("vraagbaak.querySets"));
	private static final String CSV = "kamervragen-sample.csv";

	@BeforeAll
	static void importTheSampleCorpus() throws Exception {
		CorpusStore store = CorpusStore.open(data);
		try (PassageIndex index = PassageIndex.open(data, store, new NullProgressMonitor())) {
			new Importer(store).addListener(new IndexFollower(index)).importPaths(List.of(Path.of(System.getProperty("vraagbaak.fixtures"), CSV)),
					new NullProgressMonitor());
		}
	}

	@Test
	void developmentSet() throws Exception {
		Evaluation.Figures figures = evaluate("dev-queries.json");
		assertEquals(0, figures.negativesFlagged(), figures.negatives().toString());
		assertTrue(figures.recallAt5() >= 0.9, figures.toString());
		assertTrue(figures.mrrAt5() >= 0.95, figures.toString());
		assertTrue(figures.positivesFlagged() >= 0.9, figures.toString());
		assertTrue(figures.positivesFlaggedAsRelevant() >= 0.8, "flagged as a relevant item: " + figures.positivesFlaggedAsRelevant());
	}

	@Test
	void heldOutSet() throws Exception {
		Evaluation.Figures figures = evaluate("heldout-queries.json");
		assertEquals(0, figures.negativesFlagged(), figures.negatives().toString());
		assertTrue(figures.recallAt5() >= 0.88, figures.toString());
		assertTrue(figures.mrrAt5() >= 0.8, figures.toString());
		assertTrue(figures.positivesFlaggedAsRelevant() >= 0.66, "flagged as a relevant item: " + figures.positivesFlaggedAsRelevant());
	}

	/**
	 * Drafts on subjects the corpus never touches (the team's, each checked by hand against its best search hit) and
	 * the one that the CSV did ask (the Ameland ferry). Three of the 29 new subjects are flagged today: the draft on
	 * abolishing summer time shares "voorstel ... af te schaffen" with a question on abolishing a school, the night
	 * trains "dienstregeling ... aangepast" with one on a ferry timetable, the Afsluitdijk's maintenance costs
	 * "Afsluitdijk" with one on its renovation contract. A measure that counts shared words cannot tell these from
	 * paraphrases; this holds the line until a better one is found, and fails on any new false flag.
	 */
	@Test
	void newSubjectsSet() throws Exception {
		Evaluation.Figures figures = evaluate("new-subjects-queries.json");
		assertTrue(figures.negativesFlagged() <= 3, figures.negatives().toString());
		assertEquals(1.0, figures.recallAt5(), figures.toString());
		assertEquals(1.0, figures.positivesFlagged(), figures.toString());
	}

	/**
	 * Follow-ups that point back ("daarvoor", "hiermee"), each read with the question before it: those that follow up
	 * the seeds' subject were asked there, those on subjects the corpus never touches were not. Read alone, 7 of the 9
	 * negatives were "already asked" (their words are those of follow-ups on any subject); read in context, one is
	 * (norovirus at work shares "besmettingen op de werkvloer" with a question on covid at work). Searched alone,
	 * recall@5 was 0.91 and MRR@5 0.63.
	 */
	@Test
	void followUpSet() throws Exception {
		Evaluation.Figures figures = evaluate("follow-up-queries.json");
		assertEquals(1.0, figures.recallAt5(), figures.toString());
		assertTrue(figures.mrrAt5() >= 0.9, figures.toString());
		assertEquals(1.0, figures.positivesFlagged(), figures.toString());
		assertTrue(figures.positivesFlaggedAsRelevant() >= 0.9, "flagged as a relevant item: " + figures.positivesFlaggedAsRelevant());
		assertTrue(figures.negativesFlagged() <= 1, figures.negatives().toString());
	}

	/**
	 * Every seventh question of the CSV checked against all the others (itself ignored, as "% negeer" would), as a
	 * draft of real questions: a flag is a repeat in substance (the CSV holds questions put twice, to two ministers)
	 * or a false marker. Held to the count measured when the method last changed, so that a change that flags more
	 * real questions is seen; the questions it flags are in the failure message, to be judged by hand.
	 */
	@Test
	void realQuestionsCheckedAgainstTheOthers() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			AlreadyAsked detector = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD);
			List<String> flagged = new ArrayList<>();
			int checked = 0;
			for (Passage question : CorpusStore.open(data).document(CSV).orElseThrow().passages()) {
				if (question.number() % 7 != 0) {
					continue;
				}
				checked++;
				AlreadyAsked.Verdict verdict = detector.check(question.question(), Set.of(CSV + "#" + question.number()));
				if (verdict.alreadyAsked()) {
					flagged.add(question.number() + " ~ " + verdict.matches().get(0).hit().reference());
				}
			}
			assertEquals(290, checked);
			assertTrue(flagged.size() <= 29, flagged.size() + " flagged: " + flagged);
		}
	}

	/**
	 * The seeds' committee list (001: 102 questions in their order, as a draft holds them) checked against the rest of
	 * the corpus, its own passages ignored: a follow-up ("Hoe oordeelt u over dit bericht?") is read with the question
	 * before it. 11 were flagged when only "hier-/daar-", "zo'n", "dergelijk" and "genoemd" pointed back, 9 since
	 * "deze" and "dit" do too; most flags are questions that 004 (on the same subject, a year later) asked again.
	 */
	@Test
	void aRealListOfQuestionsInItsOrder() throws Exception {
		String list = "001_4a688004c2e20cff.txt";
		try (PassageIndex index = SeedIndex.open(data)) {
			List<Passage> passages = CorpusStore.open(data).document(list).orElseThrow().passages();
			Set<String> own = new HashSet<>();
			passages.forEach(p -> own.add(list + "#" + p.number()));
			List<AlreadyAsked.Verdict> verdicts = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD)
					.checkAll(null, passages.stream().map(Passage::question).toList(), own);
			List<String> flagged = new ArrayList<>();
			for (int i = 0; i < verdicts.size(); i++) {
				if (verdicts.get(i).alreadyAsked()) {
					flagged.add(passages.get(i).number() + " ~ " + verdicts.get(i).matches().get(0).hit().reference());
				}
			}
			assertEquals(102, verdicts.size());
			assertTrue(flagged.size() <= 9, flagged.size() + " flagged: " + flagged);
		}
	}

	/**
	 * The usual opening of a set about a news item, whose subject is in the heading. Read alone, "Hoe beoordeelt u
	 * deze gang van zaken?" shares "gang van zaken" with a CSV question on another subject; read with the heading's
	 * subject it is not flagged. "Bent u bekend met dit bericht?" is nothing but an opening formula and is flagged in
	 * neither reading (before the formulas were known, the CSV's "Bent u bekend met het bericht «Onder de radar»?"
	 * made it "already asked" at 1.00).
	 */
	@Test
	void anOpeningThatPointsBackIsReadWithTheHeadingsSubject() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			AlreadyAsked detector = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD);
			List<String> opening = List.of("Bent u bekend met dit bericht?", "Hoe beoordeelt u deze gang van zaken?");
			List<AlreadyAsked.Verdict> alone = detector.checkAll(null, opening, Set.of());
			assertFalse(alone.get(0).alreadyAsked(), alone.get(0).toString());
			assertTrue(alone.get(1).alreadyAsked(), alone.get(1).toString());
			String subject = "het bericht dat de veerdienst naar Schiermonnikoog in de winter minder vaak vaart";
			List<AlreadyAsked.Verdict> inTheSet = detector.checkAll(subject, opening, Set.of());
			assertFalse(inTheSet.get(0).alreadyAsked(), inTheSet.get(0).toString());
			assertFalse(inTheSet.get(1).alreadyAsked(), inTheSet.get(1).toString());
			assertEquals(subject, inTheSet.get(0).readWith());
		}
	}

	/**
	 * Two questions that open with the same formula share nothing of their subject: "Bent u bekend met de wijk
	 * Tuikwerd in Delfzijl?" was already asked (0.41) by a question that was "bekend met" a ruling on Delfzijl.
	 */
	@Test
	void anOpeningFormulaIsNoWordInCommon() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			String tuikwerd = "Bent u bekend met de wijk Tuikwerd in Delfzijl?";
			Passage own = CorpusStore.open(data).document(CSV).orElseThrow().passages().stream()
					.filter(p -> tuikwerd.equals(p.question())).findFirst().orElseThrow();
			AlreadyAsked.Verdict verdict = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD)
					.check(tuikwerd, Set.of(CSV + "#" + own.number()));
			AlreadyAsked.Match best = verdict.matches().get(0);
			assertTrue(best.earlierQuestion().startsWith("Bent u daarnaast bekend met"), best.toString());
			assertEquals(List.of("Delfzijl"), best.sharedWords());
			assertFalse(best.missingWords().contains("bekend"), best.missingWords().toString());
			assertFalse(verdict.alreadyAsked(), verdict.toString());
		}
	}

	private static Evaluation.Figures evaluate(String set) throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			return Evaluation.run(QuerySet.read(SETS.resolve(set)), new PassageSearch(index),
					new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD));
		}
	}
}
