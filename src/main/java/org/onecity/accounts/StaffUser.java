package org.onecity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.onecity.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: who, with which roles, for which agency (null for city-wide roles);
 * whether the account is enabled, and whether its password is a temporary one an admin set (the
 * person must choose their own before using any staff screen).
 */
public record StaffUser(String username, String displayName, String agencyCode, Set<Role> roles,
                        String passwordHash, boolean enabled, boolean mustChangePassword) implements UserDetails {

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** May this person work requests of the given agency? Admins and agents work for the whole city. */
    public boolean worksFor(String agency) {
        return has(Role.ADMIN) || has(Role.AGENT) || (agencyCode != null && agencyCode.equals(agency));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** This staff member as the one who acts: username, agency and role names. */
    public Actor actor() {
        return Actor.staff(username, agencyCode, Set.copyOf(roleNames()));
    }

    public List<String> roleNames() {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
