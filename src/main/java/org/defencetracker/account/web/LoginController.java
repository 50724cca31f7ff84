package org.defencetracker.account.web;

import org.defencetracker.shared.web.ReturnAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The longest wait the sign-in throttle imposes, in minutes; a larger number in the address is not believed. */
    private static final int LONGEST_WAIT = 15;

    @GetMapping("/login")
    String login(
            @RequestParam(name = "wait", required = false) String wait,
            @RequestParam(name = ReturnAddress.PARAMETER, required = false) String next,
            Model model) {
        model.addAttribute("next", ReturnAddress.of(next));
        if (wait != null && wait.matches("[0-9]{1,3}")) {
            model.addAttribute("waitMinutes", Math.max(1, Math.min(LONGEST_WAIT, Integer.parseInt(wait))));
        }
        return "account/login";
    }
}
