package org.waypoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as admin-bluegrass (LWDA_ADMIN). */
@Stateless
@LocalBean
@PermitAll
@RunAs("LWDA_ADMIN")
@RunAsPrincipal("admin-bluegrass")
public class AsAdminBluegrass implements Actor {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
