package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Measures, with the seeds and the 2,033 Kamervragen of the CSV imported, the longest time the display thread was
 * busy while a long question was typed with real key events, and the time from the last key to the already-asked
 * marker. A heartbeat on the display thread every 5 ms records the largest gap between its beats. The figures are
 * printed and written to target/responsiveness.txt; they are measurements, not pass/fail limits (shared machines).
 */
class TypingResponsivenessUITest {
	private static final String DRAFT = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie "
			+ "en Veiligheid over vals-positieven.\n\n1. ";
	private static final String QUESTION = "Wat is wat u betreft een acceptabele foutmarge voor de systematiek die "
			+ "bekend materiaal moet opsporen via client side scanning, en hoe groot is het aantal vals-positieven bij "
			+ "het detecteren van onbekend materiaal en grooming in het dagelijkse berichten- en fotoverkeer in Europa?";

	@Test
	void typingALongQuestionKeepsTheDisplayThreadFree() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Path csv = Path.of(System.getProperty("vraagbaak.fixtures", "fixtures"), "kamervragen-sample.csv");
		ImportReport report = CorpusServices.get(new NullProgressMonitor()).importPaths(List.of(csv), new NullProgressMonitor());
		assertEquals(1, report.imported().size(), report.failures().toString());

		IFile draft = Drafts.create(driver, "Detectie", "foutmarge.kv", DRAFT);
		StyledText text = Drafts.focusAtEnd(driver);

		Display display = driver.display();
		AtomicLong last = new AtomicLong(System.nanoTime());
		AtomicLong longest = new AtomicLong();
		AtomicBoolean beating = new AtomicBoolean(true);
		Runnable[] beat = new Runnable[1];
		beat[0] = () -> {
			long now = System.nanoTime();
			longest.accumulateAndGet(now - last.getAndSet(now), Math::max);
			if (beating.get()) {
				display.timerExec(5, beat[0]);
			}
		};
		display.asyncExec(beat[0]);
		driver.type(QUESTION);
		long typed = System.nanoTime();
		driver.waitUntil("the already-asked marker", () -> draft.findMarkers("nl.vraagbaak.ui.alreadyAsked", false,
				IResource.DEPTH_ZERO).length == 1, 60_000);
		long marker = System.nanoTime();
		beating.set(false);
		String figures = String.format("longest display-thread stall while typing %d characters: %.1f ms%n"
				+ "last key to already-asked marker: %.0f ms%n", QUESTION.length(), longest.get() / 1e6, (marker - typed) / 1e6);
		System.out.print(figures);
		Path out = UiDriver.screenshotDir().getParent().resolve("responsiveness.txt");
		Files.writeString(out, figures);
		assertTrue(driver.ui(text::getText).endsWith(QUESTION), "every key arrived");
		driver.screenshot(UiDriver.screenshotDir().resolve("typing-responsiveness.png"));
	}
}
