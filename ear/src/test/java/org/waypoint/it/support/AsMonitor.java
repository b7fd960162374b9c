package org.waypoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as monitor (MONITOR). */
@Stateless
@LocalBean
@PermitAll
@RunAs("MONITOR")
@RunAsPrincipal("monitor")
public class AsMonitor implements Actor {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
