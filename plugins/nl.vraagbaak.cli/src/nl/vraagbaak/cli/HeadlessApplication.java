package nl.vraagbaak.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The application behind "vraagbaak &lt;command&gt; ...": runs one command without a window; returns its exit code. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		return new Cli().run(Arrays.asList(args), System.out, System.err);
	}

	@Override
	public void stop() {
		// a command runs to its end; there is nothing to stop from outside
	}
}
