package org.yifa.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** An admin, or an assessor whose units include the one in the path, may write for a unit. */
@Component
class UnitWriteAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Users users;

    UnitWriteAccess(Users users) {
        this.users = users;
    }

    @Override
    public AuthorizationDecision authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        YifaUser user = users.yifaUser(auth.getName());
        return new AuthorizationDecision(user.mayWriteFor(context.getVariables().get("unit")));
    }
}
