package org.defencetracker.shared;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work done once while the application starts, after every part of it is ready and before the web server opens its
 * port (the demo case, the first accounts): the first request never finds the database half filled. Tasks run in the
 * order of their step.
 */
public abstract class StartupTask implements SmartLifecycle {

    private final int step;
    private volatile boolean done;

    protected StartupTask(int step) {
        this.step = step;
    }

    /** The work itself; a failure stops the start-up. */
    protected abstract void perform();

    @Override
    public final void start() {
        if (!done) {
            perform();
            done = true;
        }
    }

    @Override
    public final void stop() {
        // Nothing runs on: the work was done at start-up.
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1000 + step;
    }
}
