package org.onecity.programs.web;

import java.util.List;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.programs.ApplicationQueries;
import org.onecity.programs.Applications;
import org.onecity.programs.Program;
import org.onecity.programs.Programs;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Staff pages: the programs of my agency with their applications by status, and one program's queue. */
@Controller
class ProgramPagesController {

    static final int PAGE_SIZE = 50;

    private final Programs programs;
    private final ApplicationQueries queries;
    private final Catalog catalog;

    ProgramPagesController(Programs programs, ApplicationQueries queries, Catalog catalog) {
        this.programs = programs;
        this.queries = queries;
        this.catalog = catalog;
    }

    @GetMapping("/workspace/programs")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        List<Program> mine = user.has(Role.ADMIN) ? programs.all()
                : user.agencyCode() == null ? List.of() : programs.ofAgency(user.agencyCode());
        model.addAttribute("programs", mine);
        model.addAttribute("counts", programs.counts(mine.stream().map(Program::code).toList()));
        model.addAttribute("agency", catalog.agency(user.agencyCode()).orElse(null));
        model.addAttribute("agencies", new AgencyNames(catalog));
        return "programs/list";
    }

    @GetMapping("/workspace/programs/{code}")
    String program(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        Program p = programs.find(code).filter(x -> Applications.mayWork(user, x))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long total = queries.count(code);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("program", p);
        model.addAttribute("agencies", new AgencyNames(catalog));
        model.addAttribute("rows", queries.queue(code, current, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("counts", programs.counts(List.of(code)).getOrDefault(code, java.util.Map.of()));
        return "programs/program";
    }
}
