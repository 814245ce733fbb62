package nl.vraagbaak.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the real workbench from a test thread (the UI harness runs tests off the display thread): every widget
 * access goes through {@link #ui(Callable)}, widgets are found by their data keys, text is typed as real key events
 * through {@link Display#post(Event)}, and screenshots are taken from the screen.
 */
public final class UiDriver {
	private static final long DEFAULT_TIMEOUT_MS = 30_000;

	private final Display display;

	private UiDriver(Display display) {
		this.display = display;
	}

	/** Waits for the workbench's first window and returns a driver for it. */
	public static UiDriver forWorkbench() throws Exception {
		if (!PlatformUI.isWorkbenchRunning()) {
			throw new AssertionError("the workbench is not running (UI harness expected)");
		}
		UiDriver driver = new UiDriver(PlatformUI.getWorkbench().getDisplay());
		driver.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
		return driver;
	}

	public Display display() {
		return display;
	}

	public IWorkbenchWindow window() throws Exception {
		return ui(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
	}

	/** Runs on the display thread and returns the result; exceptions and assertion errors are rethrown here. */
	public <T> T ui(Callable<T> work) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(work.call());
			} catch (Throwable t) {
				error.set(t);
			}
		});
		if (error.get() instanceof Exception e) {
			throw e;
		}
		if (error.get() instanceof Error e) {
			throw e;
		}
		return result.get();
	}

	/** A condition checked on the display thread. */
	public interface UiCondition {
		boolean holds() throws Exception;
	}

	/** Polls until the condition holds; fails naming what was awaited. */
	public void waitUntil(String what, UiCondition condition) throws Exception {
		waitUntil(what, condition, DEFAULT_TIMEOUT_MS);
	}

	public void waitUntil(String what, UiCondition condition, long timeoutMs) throws Exception {
		long end = System.currentTimeMillis() + timeoutMs;
		while (!Boolean.TRUE.equals(ui(condition::holds))) {
			if (System.currentTimeMillis() > end) {
				// what the screen showed when the wait gave up: the first thing to look at when a UI test fails
				screenshot(screenshotDir().resolve("timeout-" + what.replaceAll("[^\\p{Alnum}]+", "-") + ".png"));
				throw new AssertionError("waited " + timeoutMs + " ms for " + what);
			}
			Thread.sleep(50);
		}
	}

	/** The first control of the type carrying the data key, in any shell; waits for it to appear. */
	public <T extends Control> T find(Class<T> type, String dataKey) throws Exception {
		AtomicReference<T> found = new AtomicReference<>();
		waitUntil(type.getSimpleName() + " with data key " + dataKey, () -> {
			found.set(findNow(type, c -> c.getData(dataKey) != null));
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * The first control of the type whose data under the key equals the value (a form's field: key "field", value
	 * "date"), in any shell; waits for it to appear.
	 */
	public <T extends Control> T find(Class<T> type, String dataKey, Object value) throws Exception {
		AtomicReference<T> found = new AtomicReference<>();
		waitUntil(type.getSimpleName() + " with " + dataKey + " = " + value, () -> {
			found.set(findNow(type, c -> value.equals(c.getData(dataKey))));
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * Presses a dialog's button by its label (mnemonic left out), as a click would, once it is there and enabled;
	 * for dialogs opened by an asynchronous call, which this thread then answers.
	 */
	public void press(String label) throws Exception {
		AtomicReference<Button> found = new AtomicReference<>();
		waitUntil("an enabled button \"" + label + "\"", () -> {
			found.set(findNow(Button.class, b -> b.isVisible() && b.isEnabled() && b.getText().replace("&", "").equals(label)));
			return found.get() != null;
		});
		ui(() -> {
			found.get().notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	/**
	 * Selects the table's first row that {@code reads} {@code text}, as a click does: the table's listeners (a
	 * viewer's selection listeners) hear it.
	 */
	public void selectRow(Table table, Function<TableItem, String> reads, String text) throws Exception {
		ui(() -> {
			int row = -1;
			for (int i = 0; i < table.getItemCount() && row < 0; i++) {
				row = reads.apply(table.getItem(i)).equals(text) ? i : -1;
			}
			if (row < 0) {
				throw new AssertionError("no row \"" + text + "\" in the table");
			}
			table.setSelection(row);
			Event selected = new Event();
			selected.item = table.getItem(row);
			table.notifyListeners(SWT.Selection, selected);
			return null;
		});
	}

	/** Clicks a button found by its widget data key, once it is enabled. */
	public void click(String dataKey) throws Exception {
		Button button = find(Button.class, dataKey);
		waitUntil("the button " + dataKey + " enabled", button::isEnabled);
		ui(() -> {
			button.notifyListeners(SWT.Selection, new Event());
			return null;
		});
	}

	/** All controls of a type matching a test, searched now, in every shell. */
	public <T extends Control> List<T> findAll(Class<T> type, Predicate<T> test) throws Exception {
		return ui(() -> {
			List<T> all = new ArrayList<>();
			for (Shell shell : display.getShells()) {
				collect(shell, type, test, all);
			}
			return all;
		});
	}

	private <T extends Control> T findNow(Class<T> type, Predicate<T> test) {
		List<T> all = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			collect(shell, type, test, all);
		}
		return all.isEmpty() ? null : all.get(0);
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> out) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			out.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, out);
			}
		}
	}

	/**
	 * Chooses a command from the main window's menu bar by its labels, e.g. menu("Bestand", "Nieuw", "Vragenset"):
	 * each menu is filled by its contributions as when it opens (SWT.Show), and the last item is selected later on
	 * the display thread, because it may open a modal dialog that this thread then drives.
	 */
	public void menu(String... labels) throws Exception {
		MenuItem item = ui(() -> {
			MenuItem found = null;
			Menu menu = window().getShell().getMenuBar();
			for (String label : labels) {
				if (found != null) {
					menu = found.getMenu();
				}
				if (menu == null) {
					throw new AssertionError("no submenu before \"" + label + "\"");
				}
				found = null;
				for (MenuItem candidate : shown(menu)) {
					if (label(candidate).equals(label)) {
						found = candidate;
					}
				}
				if (found == null) {
					throw new AssertionError("no menu item \"" + label + "\" among " + shown(menu).stream().map(UiDriver::label).toList());
				}
			}
			return found;
		});
		display.asyncExec(() -> {
			if (!item.isDisposed()) {
				item.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/** The labels of the items of one menu of the main window's menu bar, filled as when it opens. */
	public List<String> menuLabels(String label) throws Exception {
		return ui(() -> {
			for (MenuItem top : shown(window().getShell().getMenuBar())) {
				if (label(top).equals(label) && top.getMenu() != null) {
					return shown(top.getMenu()).stream().map(UiDriver::label).filter(l -> !l.isEmpty()).toList();
				}
			}
			throw new AssertionError("no menu \"" + label + "\"");
		});
	}

	/** The labels of the items of every menu of the main window's menu bar, filled as when they open. */
	public List<String> allMenuLabels() throws Exception {
		return ui(() -> shown(window().getShell().getMenuBar()).stream().filter(top -> top.getMenu() != null)
				.flatMap(top -> shown(top.getMenu()).stream()).map(UiDriver::label).filter(l -> !l.isEmpty()).toList());
	}

	/** The items of a menu after its contributions filled it (SWT.Show, as when it opens). */
	private static List<MenuItem> shown(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		return List.of(menu.getItems());
	}

	/** A menu item's label without its mnemonic and key binding. */
	private static String label(MenuItem item) {
		return item.getText().replace("&", "").split("\t")[0].strip();
	}

	/**
	 * Closes every dialog still open (after a failed test, a modal dialog would take the next test's keys); the
	 * workbench windows stay.
	 */
	public void closeDialogs() throws Exception {
		ui(() -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.getParent() != null && shell.isVisible()) {
					shell.close();
				}
			}
			return null;
		});
	}

	/** Gives a control keyboard focus the way a user would, and waits until it has it. */
	public void focus(Control control) throws Exception {
		ui(() -> {
			control.getShell().forceActive();
			return control.forceFocus();
		});
		waitUntil("focus on " + control, () -> display.getFocusControl() == control);
	}

	/** Types text as key events (XTest under X11/Xvfb), character by character. */
	public void type(String text) throws Exception {
		for (char c : text.toCharArray()) {
			key(c, c == '\n' ? SWT.CR : 0, 0);
		}
	}

	/** Presses one key with modifiers (SWT.CTRL, SWT.SHIFT, ...), e.g. key('1', 0, SWT.CTRL). */
	public void key(char character, int keyCode, int modifiers) throws Exception {
		for (int mask : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
			if ((modifiers & mask) != 0) {
				post(SWT.KeyDown, (char) 0, mask);
			}
		}
		post(SWT.KeyDown, character, keyCode);
		post(SWT.KeyUp, character, keyCode);
		for (int mask : new int[] { SWT.ALT, SWT.SHIFT, SWT.CTRL }) {
			if ((modifiers & mask) != 0) {
				post(SWT.KeyUp, (char) 0, mask);
			}
		}
		ui(() -> null); // let the display thread handle the events before the next key
	}

	/**
	 * Posts on the display thread: Display.post calls into GDK and XTest, and GTK is not thread-safe, so posting
	 * from the test thread races the event loop (seen as a crash in gtk_events_pending). The events still travel
	 * through the X server and the event loop like a user's.
	 */
	private void post(int type, char character, int keyCode) throws Exception {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = keyCode;
		if (!ui(() -> display.post(event))) {
			throw new AssertionError("Display.post refused a key event");
		}
	}

	/** Saves a PNG of the active workbench window as it is on screen. */
	public Path screenshot(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		ui(() -> {
			Shell shell = window().getShell();
			Rectangle r = shell.getBounds();
			Image image = new Image(display, r.width, r.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, r.x, r.y);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return null;
		});
		return file;
	}

	/** Where tests put screenshots: the test bundle's target/screenshots (set by the build). */
	public static Path screenshotDir() {
		return Path.of(System.getProperty("vraagbaak.screenshots", "target/screenshots"));
	}
}
