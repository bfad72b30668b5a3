package org.onecity.mydata.web;

import jakarta.servlet.http.HttpServletRequest;
import org.onecity.mydata.PersonMyData;
import org.onecity.people.Curp;
import org.onecity.platform.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form where a person in the registry asks, by CURP, for the link to their own "who
 * accessed my data" page. Whatever the CURP, the answer is the same: if a record with it has an email,
 * the link was sent there; only a CURP that is not one gets a field error.
 */
@Controller
class PersonMyDataAskController {

    private final PersonMyData myData;

    PersonMyDataAskController(PersonMyData myData) {
        this.myData = myData;
    }

    @GetMapping("/my-data/person")
    String form(Model model) {
        model.addAttribute("curp", "");
        model.addAttribute("invalid", false);
        return "mydata/my-data-person-ask";
    }

    @PostMapping("/my-data/person")
    String ask(@RequestParam(required = false) String curp, HttpServletRequest request, Model model,
               jakarta.servlet.http.HttpServletResponse response) {
        if (curp == null || Curp.problem(curp).isPresent()) {
            model.addAttribute("curp", curp == null ? "" : curp.length() > 40 ? curp.substring(0, 40) : curp);
            model.addAttribute("invalid", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "mydata/my-data-person-ask";
        }
        var outcome = myData.ask(Curp.parse(curp).value(), request.getRemoteAddr(), PageLanguage.current().code());
        return outcome == PersonMyData.Outcome.TAKEN ? "redirect:/my-data/person?sent" : "redirect:/my-data/person?limited";
    }
}
